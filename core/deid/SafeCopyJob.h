#pragma once

#include "deid/CopyVerifier.h"
#include "deid/DeidOptions.h"
#include "deid/DiscCopy.h"
#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QString>

#include <atomic>
#include <functional>

namespace scanshield::exposure {
class ExposureScanner;
}

namespace scanshield::deid {

// What a person asks for: how to anonymize, what to include, and where the copy goes.
struct SafeCopyRequest {
    DeidOptions options = DeidOptions::patientDefault();
    CopySelection selection;
    QString outputDir; // new or empty
};

struct SafeCopyOutcome {
    CopyResult copy;
    Verification verification; // run only when the copy was written
    QString historyNote;       // set when the job could not be noted in the history

    // Written and checked with nothing of the patient found: the only state called safe.
    bool isSafe() const { return copy.written && verification.passed; }
};

// The stages a person sees in the progress bar. The face stages (with defacing only) report
// no counts (0 of 0).
enum class SafeCopyStage { FindingFaces, Copying, Checking, CheckingFaces };

struct DefacePlan;

// The whole safe copy, one place for the command line and the window (DESIGN.md: a copy is
// called anonymized only after it was checked): the copy is written (DiscCopier), read back
// by the exposure scanner with the original's identifiers to look for (verifyCopy), and
// noted in ScanShield's history without anything about the patient (store/JobLog.h). With
// Clean Recognizable Visual Features, faces are cut from head volumes first (Defacing.h) and
// the check measures that they are gone.
class SafeCopyJob {
public:
    // `scanner`: set up by the caller (burned-in text read or not, OCR engine); it reads the
    // copy back. Not owned.
    explicit SafeCopyJob(const exposure::ExposureScanner& scanner);

    // Called from the job's threads (never two at a time).
    using ProgressCallback = std::function<void(SafeCopyStage stage, int done, int total)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // The history database's file; empty: the default (store::Database::defaultPath()).
    void setHistoryPath(const QString& path) { m_historyPath = path; }

    // `original`: the exposure report of the same disc, burned-in text included when it was
    // read: every text box it found is blacked out, and its identifiers are what the check
    // of the copy looks for.
    SafeCopyOutcome run(const media::DiscIndex& index, media::DiscSource& source,
                        const exposure::ExposureReport& original, const SafeCopyRequest& request) const;

private:
    // With defacing: every face cut away must be gone from the copy by the measures of
    // volume/FaceMeasures.h; a face left fails the check, with a finding.
    void checkFacesAreGone(const media::DiscIndex& index, const DefacePlan& defacing,
                           const SafeCopyRequest& request, Verification& verification) const;

    const exposure::ExposureScanner& m_scanner;
    ProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    QString m_historyPath;
};

// Every text the report read in the pictures, by disc path, as boxes in the pictures' pixels.
// All of it is blacked out, not only what names the patient: a date, a hospital or a
// doctor's initials identify too.
QHash<QString, QList<QRect>> textBoxesOf(const exposure::ExposureReport& report);

} // namespace scanshield::deid
