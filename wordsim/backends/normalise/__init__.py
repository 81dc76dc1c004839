"""The parts of the normalised document view (see `wordsim.backends.normal_view`)."""
