#include "ui/AppointmentBar.h"

#include "ui/AppointmentDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace scanshield::ui {

namespace {

// How an appointment reads in the list: its name, and its date when known.
QString listText(const store::Appointment& appointment)
{
    if (!appointment.date.isValid())
        return appointment.title;
    return AppointmentBar::tr("%1 (%2)").arg(appointment.title, QLocale().toString(appointment.date, QLocale::ShortFormat));
}

} // namespace

AppointmentBar::AppointmentBar(store::AppointmentBook& book, QWidget* parent) : QWidget(parent), m_book(book)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Appointment:"), this);
    m_list = new QComboBox(this);
    m_list->setAccessibleName(tr("Appointment"));
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_list->setMinimumContentsLength(24);
    label->setBuddy(m_list);
    m_add = new QPushButton(tr("Ne&w…"), this);
    m_add->setToolTip(tr("Add another appointment, with its own answers"));
    m_details = new QPushButton(tr("De&tails…"), this);
    m_details->setToolTip(tr("Change the name, date, place or kind of scan"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setToolTip(tr("Delete this appointment and the answers you noted for it"));
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_details);
    layout->addWidget(m_delete);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_appointments.size())
            emit currentChanged(m_appointments.at(index).id);
    });
    connect(m_add, &QPushButton::clicked, this, &AppointmentBar::addAppointment);
    connect(m_details, &QPushButton::clicked, this, &AppointmentBar::editDetails);
    connect(m_delete, &QPushButton::clicked, this, &AppointmentBar::deleteCurrent);

    // The newest appointment first: usually the one coming up.
    reload(ensureOne());
}

store::Appointment AppointmentBar::current() const
{
    const int index = m_list->currentIndex();
    return index >= 0 && index < m_appointments.size() ? m_appointments.at(index) : store::Appointment{};
}

void AppointmentBar::choose(qint64 appointmentId)
{
    for (int i = 0; i < m_appointments.size(); ++i)
        if (m_appointments.at(i).id == appointmentId)
            m_list->setCurrentIndex(i);
}

QString AppointmentBar::describe(const store::Appointment& appointment)
{
    QStringList parts{appointment.title};
    // "Knee MRI, MRI" says nothing twice.
    for (const QString& detail : {appointment.scanKind, appointment.place})
        if (!detail.isEmpty() && !appointment.title.contains(detail, Qt::CaseInsensitive))
            parts << detail;
    if (appointment.date.isValid())
        parts << QLocale().toString(appointment.date, QLocale::LongFormat);
    return parts.join(QStringLiteral(", "));
}

qint64 AppointmentBar::ensureOne()
{
    m_appointments = m_book.appointments();
    if (!m_appointments.isEmpty())
        return m_appointments.last().id;
    store::Appointment first;
    first.title = tr("My next appointment");
    const qint64 id = m_book.create(first);
    if (id == 0)
        emit failed(tr("Your answers cannot be saved on this computer: %1").arg(m_book.error()));
    m_appointments = m_book.appointments();
    return id;
}

void AppointmentBar::reload(qint64 select)
{
    m_appointments = m_book.appointments();
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const store::Appointment& appointment : m_appointments)
            m_list->addItem(listText(appointment));
        m_list->setCurrentIndex(-1);
    }
    const bool any = !m_appointments.isEmpty();
    m_details->setEnabled(any);
    m_delete->setEnabled(any);
    // Emits currentChanged for the chosen one, even when it is the one chosen before.
    int index = any ? int(m_appointments.size()) - 1 : -1;
    for (int i = 0; i < m_appointments.size(); ++i)
        if (m_appointments.at(i).id == select)
            index = i;
    m_list->setCurrentIndex(index);
}

void AppointmentBar::addAppointment()
{
    store::Appointment fresh;
    auto* dialog = new AppointmentDialog(fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = m_book.create(dialog->appointment());
        if (id == 0) {
            emit failed(tr("The appointment could not be saved: %1").arg(m_book.error()));
            return;
        }
        reload(id);
    });
    dialog->open();
}

void AppointmentBar::editDetails()
{
    const store::Appointment chosen = current();
    if (chosen.id == 0)
        return;
    auto* dialog = new AppointmentDialog(chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const store::Appointment changed = dialog->appointment();
        if (!m_book.update(changed)) {
            emit failed(tr("The appointment could not be saved: %1").arg(m_book.error()));
            return;
        }
        // Same appointment, new words: the list changes, the answers shown do not.
        m_appointments = m_book.appointments();
        const QSignalBlocker quiet(m_list);
        for (int i = 0; i < m_appointments.size(); ++i)
            m_list->setItemText(i, listText(m_appointments.at(i)));
        emit currentChanged(changed.id);
    });
    dialog->open();
}

void AppointmentBar::deleteCurrent()
{
    const store::Appointment chosen = current();
    if (chosen.id == 0)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete this appointment?"),
                                tr("Delete “%1” and every answer and note you wrote for it? This cannot be undone.").arg(chosen.title),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* erase = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    // Keeping is what Enter does: deleting takes a deliberate choice.
    box->setDefaultButton(box->addButton(tr("Keep it"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, erase, chosen] {
        if (box->clickedButton() != erase)
            return;
        emit aboutToDelete(chosen.id);
        if (!m_book.remove(chosen.id)) {
            emit failed(tr("The appointment could not be deleted: %1").arg(m_book.error()));
            return;
        }
        reload(ensureOne());
    });
    box->open();
}

} // namespace scanshield::ui
