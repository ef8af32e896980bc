#pragma once

#include <QTemporaryDir>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPdfDocument;
class QPdfView;

namespace scanshield::ui {

// A document ScanShield makes as a PDF (the privacy report, the question sheet), shown as it
// will print (QtPdf, fit to width), with "Save as PDF…" and "Print…". The preview is written
// into a private temporary folder that disappears with the pane. Shared by the dialogs that
// preview a PDF; each gives the pane a writer that makes its document with the options chosen.
class PdfPreviewPane : public QWidget {
    Q_OBJECT
public:
    // Writes the document to `pdfPath`; false with a sentence for a person in `error`.
    using Writer = std::function<bool(const QString& pdfPath, QString* error)>;

    // The words that name this document to a person.
    struct Words {
        QString previewName;        // accessible name of the preview: "Preview of the privacy report"
        QString saveCaption;        // "Save the privacy report"
        QString suggestedFileName;  // "privacy-report.pdf"
        QString printCaption;       // "Print the privacy report"
    };

    PdfPreviewPane(Words words, Writer writer, QWidget* parent = nullptr);
    ~PdfPreviewPane() override;

    QPdfDocument* document() const { return m_document; }
    QPdfView* view() const { return m_view; }
    QString previewFolder() const { return m_folder.path(); }
    // Writes the document as it is now to `path` (Save uses it). False with a message.
    bool saveTo(const QString& path, QString* error) const { return m_writer(path, error); }
    // A button of the dialog (Close) at the end of the pane's row of buttons.
    void addButton(QWidget* button);

public slots:
    // Makes the preview again, after an option changed.
    void regenerate();

private:
    void saveAs();
    void print();

    Words m_words;
    Writer m_writer;
    QTemporaryDir m_folder;
    int m_generation = 0;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace scanshield::ui
