"""Releases: versions, checksums, descriptor, DCAT, changelog, release page, atomic swap, mirror."""
