"""blind7: furniture of 30 outlets (none of blind5's or blind6's) around real bodies, scored black-box on the
pipeline's output with blind5's scorer."""
