#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace scanshield::pixels {

// One decoded frame, ready to be windowed and drawn (viewer/WindowLevel does that).
struct DecodedFrame {
    int width = 0, height = 0;
    bool isColor = false;
    std::vector<float> values;      // monochrome: modality values (RescaleSlope/Intercept applied; HU for CT), row-major
    std::vector<std::uint8_t> rgb;  // colour (RGB, palette, YBR converted): interleaved 8-bit RGB
    std::vector<std::uint8_t> overlay; // optional, width*height, 1 where any overlay plane is set
    bool invertedGrayscale = false; // MONOCHROME1
    double defaultWindowCenter = 0, defaultWindowWidth = 0; // from the header, else from min/max
    double minValue = 0, maxValue = 0;
    QString error;                  // empty when decoding worked; plain words for a person otherwise

    bool isEmpty() const { return width <= 0 || height <= 0 || (values.empty() && rgb.empty()); }
};

// A DICOM file's pictures. The file is parsed once (headers only; the pixel data stays on disk
// until a frame asks for it) and each frame is decoded on request, one at a time, so a big
// multi-frame never sits in memory whole.
//
// Decoding uses DCMTK for everything it can (native in any byte order, deflate, RLE, JPEG
// baseline/extended/lossless, JPEG-LS, palette, YBR, MONOCHROME1, overlays) and OpenJPEG for
// JPEG 2000 and High-Throughput JPEG 2000, which open DCMTK cannot decode.
//
// Copies share the parsed file. frame() may be called from several threads at once; calls on
// the same file take turns.
class DicomImageFile {
public:
    DicomImageFile(); // invalid, no file

    // Opens a file on disk, read-only; nothing is ever written to it.
    static DicomImageFile open(const QString& path);
    // Reads a file held in memory (an entry inside a ZIP or ISO).
    static DicomImageFile fromBytes(const QByteArray& bytes);

    // False when the file cannot show any picture; errorMessage() says why in plain words:
    // "this file has no picture in it", "this file is cut short",
    // "this image is compressed in a way ScanShield cannot read", ...
    bool isValid() const;
    // Why the file cannot be shown; after a failed frame() on a valid file, why that frame failed.
    QString errorMessage() const;

    int frameCount() const; // 0 when the file is not valid

    // Decodes one frame (0-based). Never throws; on failure the frame is empty and its
    // `error` (and errorMessage()) says why.
    DecodedFrame frame(int index) const;

    struct State;

private:
    explicit DicomImageFile(std::shared_ptr<State> state);
    std::shared_ptr<State> m_state;
};

} // namespace scanshield::pixels
