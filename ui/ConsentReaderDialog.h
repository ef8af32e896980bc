#pragma once

#include "checklist/ConsentPhrases.h"
#include "checklist/QuestionBank.h"

#include <QDialog>
#include <QTemporaryDir>

class QLabel;
class QTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace scanshield::ui {

class ConsentPhraseDetails;

// The consent-form reader: a consent form opened as a PDF (its text read with QtPdf) or pasted,
// shown with the phrases that matter marked (checklist/ConsentPhrases: a colour per kind, bold
// and underlined so the marks do not rely on colour), a list beside it of what was found,
// grouped by kind, and for the chosen place why it matters and the questions to ask.
class ConsentReaderDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConsentReaderDialog(QWidget* parent = nullptr);
    bool openPdf(const QString& path);   // false with the message shown in the dialog
    void setText(const QString& text);   // pasted text

signals:
    void questionChosen(const QString& questionId); // "Add this question" / the link clicked

private:
    bool openPdfNamed(const QString& path, const QString& name);
    void showForm(const QString& text, const QList<int>& pageStarts, const QString& source);
    void showProblem(const QString& problem);
    void markPhrases();
    void listPhrases();
    void choosePdf();
    void pasteText();
    void trySample();
    void placeChosen(QTreeWidgetItem* item);
    void cursorMoved();
    void reveal(int matchIndex);

    checklist::ConsentPhrases m_phrases;
    checklist::QuestionBank m_bank;
    QList<checklist::PhraseMatch> m_matches;
    QList<QTreeWidgetItem*> m_placeItems; // the list's item of each match, in the same order
    QTemporaryDir m_sampleFolder;
    bool m_revealing = false;

    QLabel* m_message = nullptr;
    QTextEdit* m_text = nullptr;
    QTreeWidget* m_found = nullptr;
    ConsentPhraseDetails* m_details = nullptr;
};

} // namespace scanshield::ui
