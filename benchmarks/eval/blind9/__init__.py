"""blind9: furniture of 31 outlets (none of blind5's to blind8's), mostly English-language sites around English
bodies, scored black-box on the pipeline's output with blind5's scorer."""
