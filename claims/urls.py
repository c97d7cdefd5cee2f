app_name = "claims"

# The public pages (SPEC §5) are added here.
urlpatterns = []
