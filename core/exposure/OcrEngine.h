#pragma once

#include "exposure/OcrReader.h"

#include <QList>
#include <QRect>
#include <QString>

#include <memory>

namespace scanshield::exposure {

// Tesseract OCR (the Debian package's library and English data), reading sparse text: a few
// lines in the corners of a picture rather than a page.
//
// Not thread-safe: one engine per thread (forThisThread()). The engine is initialised on first
// use (loading the English data takes a fraction of a second) and reused for every picture.
// Tesseract itself lives in the OCR module (OcrReader.h), loaded on first use too.
// When Tesseract, its module or its English data is missing, isAvailable() is false and
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

    std::unique_ptr<OcrReader> m_reader;
    QString m_dir;
    QString m_reason;
    bool m_tried = false;
};

} // namespace scanshield::exposure
