#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "report/ExposureHtml.h"

#include <QDialog>

class QCheckBox;
class QPdfDocument;

namespace scanshield::ui {

class PdfPreviewPane;

// Shows the privacy report as the PDF it will be (QtPdf), with Save and Print. The PDF is
// made in a private temporary folder that disappears with the dialog (PdfPreviewPane).
class ReportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ReportPreviewDialog(const exposure::ExposureReport& report, const media::DiscIndex& index, QWidget* parent = nullptr);

    QPdfDocument* document() const;
    // Writes the shown report to `path` (used by Save; public for tests). False with a message.
    bool saveTo(const QString& path, QString* error) const;

private:
    report::ReportOptions options() const;

    exposure::ExposureReport m_report;
    media::DiscIndex m_index;
    QCheckBox* m_showValues = nullptr;
    QCheckBox* m_largePrint = nullptr;
    PdfPreviewPane* m_preview = nullptr;
};

} // namespace scanshield::ui
