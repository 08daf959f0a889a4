"""Pure, typed logic of every stage. Nothing here imports apache_beam (tests/test_core_purity.py guards it)."""
