"""From bytes on disk to prose segments with offsets: sources, markup, sentences, suppressions."""
