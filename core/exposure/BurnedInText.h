#pragma once

#include "exposure/OcrEngine.h"
#include "media/InstanceHeader.h"

#include <QList>
#include <QRect>
#include <QString>

#include <atomic>

namespace scanshield::pixels {
class DicomImageFile;
struct DecodedFrame;
}

namespace scanshield::exposure {

// Text burned into the pixels of one image, as read by OCR.
//
// Which images are read:
// - mayCarryBurnedInText(): ultrasound, secondary captures (screenshots, scanned documents,
//   their grey and colour variants), visible-light photos and video (endoscopy, microscopy,
//   dermatology, eye), modalities XC/ES/GM/SM/DOC/OT/VL, and any image whose header says
//   Burned In Annotation YES. These always go to OCR.
// - every other image (CT, MR, X-ray, mammography, angiography, NM, PET...) is decoded and
//   its first frame shown to the cheap detector (TextDetector.h); only flagged images go to OCR.
//
// Frames: the first always; a multi-frame image (a cine loop) also its last frame, two at most:
// a loop's annotation rarely changes within it, but a clock or a counter may, and each frame
// read costs as much as a whole image (about a second). Lines read identically at the same
// place in both frames count once.

bool mayCarryBurnedInText(const media::InstanceHeader& header);

// One line of burned-in text: words Tesseract put on one text line, kept when confident.
struct BurnedInLine {
    QString text;
    QRect box;               // in the image's own pixels
    int frame = 0;           // 0-based frame the line was read on
    float confidence = 0;    // mean of the words kept, 0..100
    QList<OcrWord> words;    // boxes in the image's own pixels
};

struct BurnedInScan {
    bool decoded = false;         // a frame could be decoded at all
    QString decodeError;          // why not, in plain words
    bool flaggedByDetector = false;
    bool sentToOcr = false;
    QList<int> framesRead;
    QList<BurnedInLine> lines;
};

// The frames read of an image with frameCount frames: {0}, or {0, last}.
QList<int> framesToRead(int frameCount);

// Reads the text of one decoded frame: 8-bit grey (colour: its brightest channel), only what
// is brighter than its surroundings (brightDetail), turned to dark on light, enlarged (3x up
// to 400 pixels, 2x up to 1100), smoothed, with a white margin, then Tesseract as sparse
// text. Words taller than a tenth of the picture (40 pixels at least) are not text. Words
// side by side become one line. Words are kept at confidence 60 (80 for one
// character); any word of four letters or more is kept on a line with a strong word (80);
// a line with fewer than four letters and digits needs 85 on average. Boxes are mapped back
// to the frame's pixels.
QList<BurnedInLine> readTextInFrame(const pixels::DecodedFrame& frame, int frameIndex, OcrEngine& engine);

// The whole decision for one image: selection, detector, OCR of the chosen frames.
// `cancel` is looked at between frames.
BurnedInScan scanImageForText(const pixels::DicomImageFile& image, const media::InstanceHeader& header,
                              OcrEngine& engine, const std::atomic_bool* cancel = nullptr);

} // namespace scanshield::exposure
