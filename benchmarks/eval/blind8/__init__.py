"""blind8: furniture of 29 outlets (none of blind5's, blind6's or blind7's) around real bodies, scored black-box
on the pipeline's output with blind5's scorer."""
