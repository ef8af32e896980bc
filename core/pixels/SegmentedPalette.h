#pragma once

class DcmItem;

namespace scanshield::pixels::detail {

// DCMTK cannot read segmented palette colour lookup tables (PS3.3 C.7.9.2), which some
// ultrasound machines write. This expands them into ordinary lookup tables inside the
// in-memory dataset (never the file) so DicomImage can colour the picture.
// Returns true when tables were expanded.
bool expandSegmentedPalettes(DcmItem& dataset);

} // namespace scanshield::pixels::detail
