#include "deid/SafeCopyJob.h"

#include "deid/Defacing.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/ExposureScanner.h"
#include "exposure/IdentityTokens.h"
#include "media/DiscScanner.h"
#include "store/Database.h"
#include "store/JobLog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace scanshield::deid {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "SafeCopyJob" (docs/ARCHITECTURE.md, "Translations").
class SafeCopyJobText {
    Q_DECLARE_TR_FUNCTIONS(SafeCopyJob)
};

} // namespace

QHash<QString, QList<QRect>> textBoxesOf(const exposure::ExposureReport& report)
{
    QHash<QString, QList<QRect>> boxes;
    for (const exposure::Finding& f : report.findings)
        for (const exposure::TextBox& box : f.boxes)
            boxes[box.file].append(QRect(box.x, box.y, box.width, box.height));
    return boxes;
}

SafeCopyJob::SafeCopyJob(const exposure::ExposureScanner& scanner) : m_scanner(scanner) {}

void SafeCopyJob::checkFacesAreGone(const media::DiscIndex& index, const DefacePlan& defacing,
                                    const SafeCopyRequest& request, Verification& verification) const
{
    if (m_progress)
        m_progress(SafeCopyStage::CheckingFaces, 0, 0);
    const media::ScanResult copy = media::DiscScanner().scan(request.outputDir);
    QString error;
    const std::unique_ptr<media::DiscSource> copySource = media::openDiscSource(request.outputDir, error);
    if (!copy.opened || !copySource) {
        verification.passed = false;
        verification.note += (verification.note.isEmpty() ? QString() : QStringLiteral("\n")) +
                             SafeCopyJobText::tr("The copy could not be read back to check that the face is gone.");
        return;
    }
    const QList<exposure::Finding> faces = facesLeftInCopy(index, defacing, copy.index, *copySource, request.options);
    // Why a face could not be cut, when it could not: the findings then say it is still there.
    for (const QString& problem : defacing.problems)
        verification.note += (verification.note.isEmpty() ? QString() : QStringLiteral("\n")) +
                             SafeCopyJobText::tr("No cut could be found for %1").arg(problem);
    verification.findings += faces;
    if (!faces.isEmpty())
        verification.passed = false;
}

SafeCopyOutcome SafeCopyJob::run(const media::DiscIndex& index, media::DiscSource& source,
                                 const exposure::ExposureReport& original, const SafeCopyRequest& request) const
{
    SafeCopyOutcome outcome;
    DiscCopier copier(exposure::AttributeCatalogue::embedded(), request.options);
    copier.setTextToBlackOut(textBoxesOf(original));
    copier.setSelection(request.selection);
    // Where to cut each face away is decided on the original, before anything is written.
    DefacePlan defacing;
    if (request.options.cleanRecognizableVisualFeatures) {
        if (m_progress)
            m_progress(SafeCopyStage::FindingFaces, 0, 0);
        defacing = planDefacing(index, source, request.selection, m_cancel);
        copier.setDefacePlanes(defacing.planes);
    }
    copier.setCancelFlag(m_cancel);
    if (m_progress)
        copier.setProgressCallback([this](int done, int total) { m_progress(SafeCopyStage::Copying, done, total); });
    // Descriptions are checked against every name and ID the report found, as the check of
    // the copy will be.
    outcome.copy = copier.copy(index, source, request.outputDir, exposure::IdentityTokens::fromReport(original));
    if (!outcome.copy.written)
        return outcome;

    exposure::ExposureScanner checker = m_scanner;
    checker.setCancelFlag(m_cancel);
    if (m_progress)
        checker.setProgressCallback([this](int done, int total) { m_progress(SafeCopyStage::Checking, done, total); });
    outcome.verification = verifyCopy(request.outputDir, original, checker, &request.options);
    if (request.options.cleanRecognizableVisualFeatures && !(m_cancel && m_cancel->load()))
        checkFacesAreGone(index, defacing, request, outcome.verification);

    // Remembered without anything about the patient or where the copy went; a database that
    // cannot be opened costs the person nothing but a note.
    store::Database database(m_historyPath.isEmpty() ? store::Database::defaultPath() : m_historyPath);
    store::AnonymizationJob job;
    job.finished = QDateTime::currentDateTimeUtc();
    job.options = request.options.methodCodes().join(QLatin1Char(' '));
    job.filesWritten = outcome.copy.filesWritten;
    job.filesNotCopied = int(outcome.copy.notCopied.size());
    job.picturesCleaned = outcome.copy.picturesCleaned;
    job.verified = outcome.verification.passed;
    job.findingsLeft = int(outcome.verification.findings.size());
    QString error;
    if (!store::recordAnonymization(database, job, &error))
        outcome.historyNote = SafeCopyJobText::tr("The copy could not be noted in ScanShield's history: %1").arg(error);
    return outcome;
}

} // namespace scanshield::deid
