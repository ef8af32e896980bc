#pragma once

#include "exposure/AttributeCatalogue.h"
#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <atomic>
#include <functional>

namespace scanshield::exposure {

class OcrEngine;

// Finds everything on a disc that identifies the patient: every element of every DICOM file
// and DICOMDIR (nested sequences and private data included), free text that mentions the
// patient's own name, IDs or birth date, and the files outside DICOM with their text.
// Then text burned into the pixels, read with OCR (BurnedInText.h says which images and how).
// The face is a separate pass (issue 5).
class ExposureScanner {
public:
    explicit ExposureScanner(const AttributeCatalogue& catalogue = AttributeCatalogue::embedded());

    using ProgressCallback = std::function<void(int filesDone, int filesTotal)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // The OCR engine for burned-in text; by default the calling thread's own
    // (OcrEngine::forThisThread()). Not owned; must outlive scan().
    void setOcrEngine(OcrEngine* engine) { m_ocr = engine; }

    // index: what DiscScanner found on the disc; source: the same disc, to read the files.
    ExposureReport scan(const media::DiscIndex& index, media::DiscSource& source) const;

private:
    const AttributeCatalogue& m_catalogue;
    ProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    OcrEngine* m_ocr = nullptr;
};

} // namespace scanshield::exposure
