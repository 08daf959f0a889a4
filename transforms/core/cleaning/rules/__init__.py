"""Rule packs: one module per language or wire family, each exporting ``RULES: tuple[Rule, ...]``."""
