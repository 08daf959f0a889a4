"""blind10: furniture of 33 outlets (none of blind5's to blind9's), 60% English-language and 40% Spanish, French,
German, Portuguese and Italian sites around English bodies, scored black-box on the pipeline's output with blind5's
scorer."""
