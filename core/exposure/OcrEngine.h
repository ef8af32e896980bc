#pragma once

#include "exposure/TextImage.h"

#include <QList>
#include <QRect>
#include <QString>

#include <memory>

namespace scanshield::exposure {

// One word Tesseract read.
struct OcrWord {
    QString text;
    QRect box;               // in the pixels of the picture given to read()
    float confidence = 0;    // 0..100, Tesseract's own
    int line = 0;            // words with the same number stand on one text line
};

// Tesseract OCR (the Debian package's library and English data), reading sparse text: a few
// lines in the corners of a picture rather than a page.
//
// Not thread-safe: one engine per thread (forThisThread()). The engine is initialised on first
// use (loading the English data takes a fraction of a second) and reused for every picture.
// When Tesseract or its English data is missing, isAvailable() is false and
// unavailableReason() says why in plain words; read() then returns nothing. Nothing crashes.
class OcrEngine {
public:
    // tessdataDir: the folder holding eng.traineddata; empty means defaultTessdataDir().
    explicit OcrEngine(const QString& tessdataDir = QString());
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // The folder with eng.traineddata: TESSDATA_PREFIX when it names one that has it (or whose
    // tessdata/ subfolder has it), else /usr/share/tesseract-ocr/<version>/tessdata, newest
    // version first. Empty when none is found.
    static QString defaultTessdataDir();

    // The engine of the calling thread, with the default data folder, created on first use.
    static OcrEngine& forThisThread();

    bool isAvailable();
    QString unavailableReason();
    QString tessdataDir() const { return m_dir; }

    // Reads the words of an 8-bit picture. The picture should hold dark text on a light
    // background (Tesseract's habit); callers turn light-on-dark pictures around first.
    // Without regions the whole picture is read as sparse text; with regions, each region is
    // read on its own as a block of text (more reliable where the text is known to be).
    QList<OcrWord> read(const TextImage& image, const QList<QRect>& regions = {});

private:
    bool initialise();

    struct Api;
    std::unique_ptr<Api> m_api;
    QString m_dir;
    QString m_reason;
    bool m_tried = false;
};

} // namespace scanshield::exposure
