#include "report/ExposurePdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace scanshield::report {

bool writeExposurePdf(const exposure::ExposureReport& report, const media::DiscIndex& index, const QString& pdfPath,
                      const ReportOptions& options, QString* error)
{
    // Written to a temporary name and renamed when complete: a half-written report never
    // looks finished.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ExposureReport", "The report cannot be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() lays the text out with its own 2 cm margin and page numbers
        // when the document has no page size; the writer adds none on top.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("ExposureReport", "What your imaging disc reveals about you"));
        writer.setCreator(QStringLiteral("ScanShield"));
        QTextDocument document;
        document.setHtml(exposureReportHtml(report, index, options));
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ExposureReport", "The report could not be written completely to %1: %2")
                         .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return false;
    }
    return true;
}

} // namespace scanshield::report
