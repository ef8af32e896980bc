#pragma once

#include "exposure/TextImage.h"

#include <QList>
#include <QRect>
#include <QString>

namespace scanshield::exposure {

// One word the OCR read.
struct OcrWord {
    QString text;
    QRect box;               // in the pixels of the picture given to read()
    float confidence = 0;    // 0..100, Tesseract's own
    int line = 0;            // words with the same number stand on one text line
};

// What the OCR module (modules/ocr, Tesseract) gives core: a reader of words with their
// boxes. Core sees only this interface, so that programs that never read burned-in text do
// not load Tesseract (see modules/ModuleLoader.h). One reader per thread.
class OcrReader {
public:
    virtual ~OcrReader() = default;
    // See OcrEngine::read().
    virtual QList<OcrWord> read(const TextImage& image, const QList<QRect>& regions) = 0;
};

// The module's one entry point: a reader using the language data in `tessdataDir`, or null
// with a sentence for a person in *error.
using CreateOcrReaderFunction = OcrReader* (*)(const QString& tessdataDir, QString* error);
inline constexpr const char* kOcrModuleName = "scanshield_ocr";
inline constexpr const char* kCreateOcrReaderSymbol = "scanshield_create_ocr_reader";

} // namespace scanshield::exposure
