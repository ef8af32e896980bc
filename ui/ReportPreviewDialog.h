#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "report/ExposureHtml.h"

#include <QDialog>
#include <QTemporaryDir>

class QCheckBox;
class QLabel;
class QPdfDocument;
class QPdfView;

namespace scanshield::ui {

// Shows the privacy report as the PDF it will be (QtPdf), with Save and Print. The PDF is
// made in a private temporary folder that disappears with the dialog.
class ReportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ReportPreviewDialog(const exposure::ExposureReport& report, const media::DiscIndex& index, QWidget* parent = nullptr);

    QPdfDocument* document() const { return m_document; }
    // Writes the shown report to `path` (used by Save; public for tests). False with a message.
    bool saveTo(const QString& path, QString* error) const;

private:
    void regenerate();
    void saveAs();
    void print();
    report::ReportOptions options() const;

    exposure::ExposureReport m_report;
    media::DiscIndex m_index;
    QTemporaryDir m_folder;
    QString m_previewPath;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QCheckBox* m_showValues = nullptr;
    QCheckBox* m_largePrint = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace scanshield::ui
