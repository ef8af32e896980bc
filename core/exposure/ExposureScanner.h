#pragma once

#include "exposure/AttributeCatalogue.h"
#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "media/DiscScanner.h"
#include "media/DiscSource.h"

#include "exposure/IdentityTokens.h"

#include <atomic>
#include <functional>

namespace scanshield::exposure {

class ElementTally;
class FindingCollector;
class OcrEngine;

// Finds everything on a disc that identifies the patient: every element of every DICOM file
// and DICOMDIR (nested sequences and private data included), free text that mentions the
// patient's own name, IDs or birth date, and the files outside DICOM with their text.
// Then text burned into the pixels, read with OCR (BurnedInText.h says which images and how).
// And the face: every head volume rebuilt and its face looked for (FaceExposure.h).
//
// The header part is made of two halves: an ElementTally counts every distinct value as the
// files are read (by the disc scan itself in scanDisc(), or by reading the files again in
// scan()), then FindingBuilder turns the values into findings once the disc is read.
class ExposureScanner {
public:
    explicit ExposureScanner(const AttributeCatalogue& catalogue = AttributeCatalogue::embedded());

    using ProgressCallback = std::function<void(int filesDone, int filesTotal)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // The OCR engine for burned-in text; by default the calling thread's own
    // (OcrEngine::forThisThread()). Not owned; must outlive scan().
    void setOcrEngine(OcrEngine* engine) { m_ocr = engine; }
    // False: the pictures are not read for burned-in text (the slow part); the report says so.
    void setReadBurnedInText(bool read) { m_readBurnedInText = read; }
    // True (the default): head volumes are rebuilt and their faces looked for
    // (FaceExposure.h); false: the quick look from the index and the descriptions only.
    void setMeasureFaces(bool measure) { m_measureFaces = measure; }
    // Identifiers to look for in the files outside DICOM besides the disc's own. An
    // anonymized copy no longer holds its patient's name, yet a file picked to go with it
    // unchanged may: the check of a copy gives the original's here. (DICOM free text is not
    // searched for them: on a disc of many test patients, names such as "Brain^Perfusion"
    // would flag every "BRAIN"; the check compares it with the original's values instead.)
    void setAlsoLookForInOtherFiles(const IdentityTokens& tokens);

    // index: what DiscScanner found on the disc; source: the same disc, to read the files again.
    ExposureReport scan(const media::DiscIndex& index, media::DiscSource& source) const;

    // Reads the disc once for both its index and the report: each file's elements are
    // counted while the disc scan reads its header. What the fast walker cannot finish is
    // read again by DCMTK. scan.opened false: the path could not be read (scan.error says why).
    struct DiscExposure {
        media::ScanResult scan;
        ExposureReport report;
    };
    DiscExposure scanDisc(const QString& path) const;

private:
    struct Progress {
        int done = 0;
        int total = 0;
    };
    void step(Progress& progress) const;
    void finish(const media::DiscIndex& index, media::DiscSource& source, const ElementTally& tally,
                const QList<const media::IndexedInstance*>& images, Progress& progress, ExposureReport& report,
                bool countOtherFiles = true) const;
    // A file outside DICOM as a finding, its text searched for the patient. Thread-safe for
    // sources that are not archives.
    static Finding otherFileFinding(const media::OtherFile& other, media::DiscSource& source, const IdentityTokens& tokens);
    static void summarise(const IdentityTokens& patient, ExposureReport& report);

    const AttributeCatalogue& m_catalogue;
    ProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    OcrEngine* m_ocr = nullptr;
    bool m_readBurnedInText = true;
    bool m_measureFaces = true;
    IdentityTokens m_alsoLookFor;
};

} // namespace scanshield::exposure
