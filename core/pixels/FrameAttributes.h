#pragma once

#include <string>

class DcmItem;

namespace scanshield::pixels::detail {

// Header values that shape how one frame's pixel values are read. Enhanced multi-frame
// objects keep these in functional groups (per frame first, then shared), classic ones at
// the top level; both are looked up here.
struct ModalityTransform {
    double slope = 1.0;
    double intercept = 0.0;
};

struct WindowSetting {
    double center = 0.0;
    double width = 0.0;
    bool present() const { return width > 0.0; }
};

// How the pixel data of a file is stored, as far as decoding is concerned.
enum class PixelEncoding {
    Native,        // uncompressed (any byte order, also deflated datasets)
    DcmtkCodec,    // compressed with a codec DCMTK has registered (JPEG, JPEG-LS)
    Rle,           // RLE: decoded here (DCMTK's RLE decoder crashes on damaged data)
    Jpeg2000,      // JPEG 2000 / HTJ2K: decoded here with OpenJPEG
    Unsupported,   // compressed in a way nothing here can decode (video, JPIP, JPEG XL, ...)
};

// Number of frames the header names; 1 when absent or unreadable (e.g. "1A").
int declaredFrameCount(DcmItem& dataset);

ModalityTransform modalityTransformFor(DcmItem& dataset, int frameIndex);
WindowSetting windowFor(DcmItem& dataset, int frameIndex);

// True when the modality transform is a lookup table rather than slope and intercept;
// DCMTK then applies it itself.
bool hasModalityLut(DcmItem& dataset);

// transferSyntaxUid as written in the file meta; xfer is DCMTK's reading of it.
PixelEncoding classifyEncoding(int xfer, const std::string& transferSyntaxUid);

// Bytes one uncompressed frame needs (0 when the header is incomplete).
unsigned long long nativeFrameBits(DcmItem& dataset);

} // namespace scanshield::pixels::detail
