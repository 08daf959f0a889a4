"""The output folder: its layout and run ids (``layout``), the checks of --input, --output and --index before
any work (``checks``), the switch to a finished run (``promotion``), and the removal of the folders killed runs
left (``leftovers``). Callers import from these modules; this package re-exports nothing."""
