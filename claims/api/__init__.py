"""The read-only public API (SPEC §6): `base` (what every endpoint shares),
`viewsets`, `exports`, `pagination`, `serializers`, and `rows` (the one claim row)."""
