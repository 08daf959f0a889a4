"""blind5: furniture of named outlets around real bodies, scored black-box on the pipeline's output."""
