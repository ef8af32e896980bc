#include "ui/ReportPreviewDialog.h"

#include "report/ExposurePdf.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace scanshield::ui {

ReportPreviewDialog::ReportPreviewDialog(const exposure::ExposureReport& report, const media::DiscIndex& index, QWidget* parent)
    : QDialog(parent), m_report(report), m_index(index)
{
    setWindowTitle(tr("Your privacy report"));
    auto* layout = new QVBoxLayout(this);
    auto* options = new QHBoxLayout;
    m_showValues = new QCheckBox(tr("Print the values (your name, numbers, dates)"), this);
    m_showValues->setToolTip(tr("Leave this off if the printout may be left where others can read it."));
    m_largePrint = new QCheckBox(tr("Large print"), this);
    options->addWidget(m_showValues);
    options->addWidget(m_largePrint);
    options->addStretch();
    layout->addLayout(options);

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Preview of the privacy report"));
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    auto* save = new QPushButton(tr("Save as PDF…"), this);
    auto* print = new QPushButton(tr("Print…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(save);
    buttons->addWidget(print);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_showValues, &QCheckBox::toggled, this, &ReportPreviewDialog::regenerate);
    connect(m_largePrint, &QCheckBox::toggled, this, &ReportPreviewDialog::regenerate);
    connect(save, &QPushButton::clicked, this, &ReportPreviewDialog::saveAs);
    connect(print, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(820, 980);
    regenerate();
}

report::ReportOptions ReportPreviewDialog::options() const
{
    report::ReportOptions options;
    options.showValues = m_showValues->isChecked();
    options.largePrint = m_largePrint->isChecked();
    return options;
}

bool ReportPreviewDialog::saveTo(const QString& path, QString* error) const
{
    return report::writeExposurePdf(m_report, m_index, path, options(), error);
}

void ReportPreviewDialog::regenerate()
{
    m_document->close();
    // A new name each time: QPdfDocument keeps the old file open until closed.
    static int generation = 0;
    m_previewPath = QDir(m_folder.path()).filePath(QStringLiteral("report-%1.pdf").arg(++generation));
    QString error;
    if (!m_folder.isValid() || !saveTo(m_previewPath, &error)) {
        m_status->setText(tr("The preview could not be made: %1").arg(error));
        return;
    }
    m_document->load(m_previewPath);
    m_status->setText(tr("%n page(s)", nullptr, m_document->pageCount()));
}

void ReportPreviewDialog::saveAs()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("privacy-report.pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the privacy report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(saveTo(path, &error) ? tr("Saved as %1").arg(QDir::toNativeSeparators(path)) : error);
}

void ReportPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the privacy report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Each page of the very PDF shown, drawn at the printer's resolution.
    QPainter painter(&printer);
    const QRect target = painter.viewport();
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QImage image = m_document->render(page, target.size());
        painter.drawImage(target, image);
    }
    m_status->setText(tr("Sent to the printer."));
}

} // namespace scanshield::ui
