"""blind6: furniture of 30 outlets (other than blind5's) around real bodies, scored black-box on the
pipeline's output with blind5's scorer."""
