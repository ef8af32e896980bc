#include "deid/SafeCopyJob.h"

#include "exposure/AttributeCatalogue.h"
#include "exposure/ExposureScanner.h"
#include "exposure/IdentityTokens.h"
#include "store/Database.h"
#include "store/JobLog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace scanshield::deid {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SafeCopyJob", text);
}

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

SafeCopyOutcome SafeCopyJob::run(const media::DiscIndex& index, media::DiscSource& source,
                                 const exposure::ExposureReport& original, const SafeCopyRequest& request) const
{
    SafeCopyOutcome outcome;
    DiscCopier copier(exposure::AttributeCatalogue::embedded(), request.options);
    copier.setTextToBlackOut(textBoxesOf(original));
    copier.setSelection(request.selection);
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
    outcome.verification = verifyCopy(request.outputDir, original, checker);

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
        outcome.historyNote = tr("The copy could not be noted in ScanShield's history: %1").arg(error);
    return outcome;
}

} // namespace scanshield::deid
