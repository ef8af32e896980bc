#include "ui/PdfPreviewPane.h"

#include "ui/PdfPrinting.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace scanshield::ui {

PdfPreviewPane::PdfPreviewPane(Words words, Writer writer, QWidget* parent)
    : QWidget(parent), m_words(std::move(words)), m_writer(std::move(writer))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(m_words.previewName);
    m_view->setFocusPolicy(Qt::StrongFocus); // scrolled with the keyboard too
    layout->addWidget(m_view, 1);

    m_buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save as PDF…"), this);
    save->setObjectName(QStringLiteral("savePdf"));
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("print"));
    m_buttons->addWidget(m_status, 1);
    m_buttons->addWidget(save);
    m_buttons->addWidget(print);
    layout->addLayout(m_buttons);

    connect(save, &QPushButton::clicked, this, &PdfPreviewPane::saveAs);
    connect(print, &QPushButton::clicked, this, &PdfPreviewPane::print);
}

PdfPreviewPane::~PdfPreviewPane()
{
    // The preview file is closed before its folder is removed.
    m_document->close();
}

void PdfPreviewPane::addButton(QWidget* button)
{
    m_buttons->addWidget(button);
}

void PdfPreviewPane::regenerate()
{
    m_document->close();
    // A new name each time: QPdfDocument keeps the old file open until closed.
    const QString path = QDir(m_folder.path()).filePath(QStringLiteral("preview-%1.pdf").arg(++m_generation));
    QString error;
    if (!m_folder.isValid()) {
        m_status->setText(tr("The preview could not be made: there is no room for a temporary file."));
        return;
    }
    if (!saveTo(path, &error)) {
        m_status->setText(tr("The preview could not be made: %1").arg(error));
        return;
    }
    m_document->load(path);
    m_status->setText(tr("%n page(s)", nullptr, m_document->pageCount()));
}

void PdfPreviewPane::saveAs()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_words.suggestedFileName);
    const QString path = QFileDialog::getSaveFileName(this, m_words.saveCaption, suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(saveTo(path, &error) ? tr("Saved as %1").arg(QDir::toNativeSeparators(path)) : error);
}

void PdfPreviewPane::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_words.printCaption);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(m_words.printCaption);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(printPdfPages(*m_document, printer) ? tr("Sent to the printer.") : tr("The printer could not be started."));
}

} // namespace scanshield::ui
