"""Domain services behind the `core.service.Service` facade: one module per domain."""
