from django.conf import settings


def site(request):
    """The organisation's name for page titles, footers and ClaimReview."""
    return {"FACTCHECK_ORG_NAME": settings.FACTCHECK_ORG_NAME}
