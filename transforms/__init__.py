"""Beam transforms of wirewash; the pure logic they wrap lives in transforms.core."""
