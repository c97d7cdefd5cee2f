"""Post admin change forms as a browser would: start from what the page rendered."""

import datetime

from django.urls import reverse


def _as_post(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_as_post(v) for v in value]
    return str(value)


def _form_data(form, data):
    for name in form.fields:
        value = form[name].value()
        key = form.add_prefix(name)
        if isinstance(value, bool):
            if value:
                data[key] = "on"
        elif hasattr(value, "__iter__") and not isinstance(value, str):
            data[key] = [_as_post(getattr(v, "pk", v)) for v in value]
        else:
            data[key] = _as_post(value)


def claim_change_form(client, claim):
    """The claim's admin change form as the page rendered it, ready to edit and post."""
    return change_form(client, claim_change_url(claim))


def change_form(client, url):
    """An admin change form as the page rendered it, ready to edit and post."""
    response = client.get(url)
    assert response.status_code == 200
    data = {}
    _form_data(response.context["adminform"].form, data)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _form_data(formset.management_form, data)
        for form in formset.forms:
            _form_data(form, data)
    return data


def claim_change_url(claim):
    return change_url(claim)


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def evidence_rows(data, *rows):
    """Add new evidence inline rows to posted form data."""
    prefix = "evidence"
    start = int(data[f"{prefix}-TOTAL_FORMS"])
    for offset, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{start + offset}-{key}"] = value
    data[f"{prefix}-TOTAL_FORMS"] = str(start + len(rows))
    return data


def form_errors(response):
    """Every error message the admin page shows, as one list."""
    adminform = response.context["adminform"]
    messages = [str(e) for errors in adminform.form.errors.values() for e in errors]
    for inline in response.context["inline_admin_formsets"]:
        messages += [str(e) for e in inline.formset.non_form_errors()]
        for errors in inline.formset.errors:
            messages += [str(e) for field_errors in errors.values() for e in field_errors]
    return messages
