#pragma once

#include "checklist/Tailoring.h"

#include <QMenu>
#include <QPointer>

#include <memory>

namespace scanshield::store { class Database; }

namespace scanshield::ui {

class ConsentReaderDialog;
class QuestionsWindow;

// The "Questions" menu of the main window, and the tools behind it: the step-by-step questions
// for an appointment (QuestionsWindow), the consent-form reader and the printed question sheet.
// It opens ScanShield's database only when the questions are first opened, and keeps it as long
// as the window that saves into it. What the disc's report found puts the pressing questions
// first, in the window and on the sheet.
class QuestionsMenu : public QMenu {
    Q_OBJECT
public:
    explicit QuestionsMenu(QWidget* parent);
    ~QuestionsMenu() override;

    void setDiscConcerns(const checklist::DiscConcerns& concerns);

    QAction* questionsAction() const { return m_questionsAction; }
    QAction* consentFormAction() const { return m_consentAction; }
    QAction* sheetAction() const { return m_sheetAction; }
    // The questions window, opened (and made) on first use.
    QuestionsWindow* showQuestions();
    ConsentReaderDialog* showConsentReader();
    void showSheet();

private:
    QAction* m_questionsAction = nullptr;
    QAction* m_consentAction = nullptr;
    QAction* m_sheetAction = nullptr;
    checklist::DiscConcerns m_concerns;
    std::unique_ptr<store::Database> m_database;
    QPointer<QuestionsWindow> m_window;
    QPointer<ConsentReaderDialog> m_consentReader;
};

} // namespace scanshield::ui
