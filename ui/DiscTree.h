#pragma once

#include "media/DiscIndex.h"

#include <QHash>
#include <QIcon>
#include <QStandardItemModel>

namespace scanshield::ui {

// The disc as a tree a person can read: the patient, each visit (study) with its date, and
// each series ("CT scan · Head, 100 images") with a small picture. Series items carry their
// UID in kSeriesUidRole.
class DiscTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    static constexpr int kSeriesUidRole = Qt::UserRole + 1;

    explicit DiscTreeModel(QObject* parent = nullptr);

    // Rebuilds the tree; cheap, since it holds series and not images.
    void setPatients(const QList<media::PatientEntry>& patients);
    void setThumbnail(const QString& seriesUid, const QIcon& icon);
    QModelIndex indexOfSeries(const QString& seriesUid) const;
    // The series a person most likely wants to see first: the one with the most pictures
    // (the head CT rather than its two scout images). Invalid when there is none.
    QModelIndex largestSeries(const QList<media::PatientEntry>& patients) const;

    static QString seriesLabel(const media::SeriesEntry& series);
    static QString studyLabel(const media::StudyEntry& study);
    static QString patientLabel(const media::PatientEntry& patient);

private:
    QHash<QString, QIcon> m_thumbnails;
};

} // namespace scanshield::ui
