#pragma once

#include "checklist/QuestionBank.h"
#include "checklist/SheetHtml.h"
#include "checklist/Tailoring.h"
#include "store/Appointments.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace scanshield::store { class Database; }

namespace scanshield::ui {

class AppointmentBar;
class QuestionAnswerBox;
class QuestionStepPage;

// "Questions for your appointment": the question bank one area at a time, each question with
// room to note whether it was asked, the answer and a note of one's own, for the appointment
// chosen at the top. Every change is saved in the database as it is made (typing after a
// short pause, at once when a box is ticked or a field is left, a step changed or the window
// closed), so the answers are there after the program is closed or has crashed. Usable with
// the keyboard alone; "Large text" makes every text in it bigger and is remembered.
// The database must outlive the window.
class QuestionsWindow : public QWidget {
    Q_OBJECT
public:
    explicit QuestionsWindow(store::Database& database, QWidget* parent = nullptr);
    ~QuestionsWindow() override;

    // What the exposure report found: the questions it makes pressing come first, with the
    // reason. The answers noted so far stay.
    void setDiscConcerns(const checklist::DiscConcerns& concerns);
    // The areas in the order shown.
    QList<checklist::AskedArea> askedAreas() const;
    // For the printed sheet: the chosen appointment's details, its answers, large print when
    // large text is on.
    checklist::SheetOptions sheetOptions() const;
    // Shows the step that holds the question and puts the keyboard on it.
    void showQuestion(const QString& questionId);

signals:
    void printSheetRequested();      // "Print the question sheet…"
    void readConsentFormRequested(); // "Read a consent form…"

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildSteps();
    void orderTabs();
    void showStep(int index, bool focusFirstQuestion);
    void updateProgress();
    void loadAppointment(qint64 appointmentId);
    void noteEdit(QuestionAnswerBox* box, bool finished);
    void saveUnsaved();
    void setLargeText(bool on);
    void showProblem(const QString& message);
    int stepOf(const QString& questionId) const;

    store::AppointmentBook m_book;
    checklist::QuestionBank m_bank;
    checklist::DiscConcerns m_concerns;
    QList<checklist::AskedArea> m_areas;
    QList<QuestionStepPage*> m_pages;

    qint64 m_appointmentId = 0;
    QHash<QString, checklist::NotedAnswer> m_answers; // of the appointment shown
    QSet<QString> m_unsaved;                          // question ids changed since the last save
    QTimer m_saveTimer;                               // the pause in typing that saves

    AppointmentBar* m_appointments = nullptr;
    QCheckBox* m_largeText = nullptr;
    QListWidget* m_stepList = nullptr;
    QLabel* m_stepText = nullptr;
    QProgressBar* m_progress = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_readConsent = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace scanshield::ui
