import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
application = get_wsgi_application()

# Anonymous pages from the shared cache before Django's middleware runs (a cache hit
# is most of a busy night's traffic); everything else goes straight through.
from factcheck.cache import CachedPagesApp  # noqa: E402  (needs the settings loaded above)

application = CachedPagesApp(application)

# The OpenAPI schema is built once, here, rather than by the first requests at once.
from factcheck.schema import warm  # noqa: E402  (needs the settings loaded above)

warm()

# What start-up loaded lives as long as the worker: keeping it out of the
# collector's full passes takes tens of milliseconds off the slowest requests.
gc.freeze()
