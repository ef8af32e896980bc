#include "ui/DiscTree.h"

#include "media/PlainWords.h"

namespace scanshield::ui {

DiscTreeModel::DiscTreeModel(QObject* parent) : QStandardItemModel(parent) {}

QString DiscTreeModel::patientLabel(const media::PatientEntry& patient)
{
    const QString name = media::readablePersonName(patient.name);
    const QString shown = name.isEmpty() ? tr("Unnamed patient") : name;
    if (patient.birthDate.isEmpty())
        return shown;
    return tr("%1, born %2").arg(shown, media::dicomDateInWords(patient.birthDate));
}

QString DiscTreeModel::studyLabel(const media::StudyEntry& study)
{
    const QString when = study.date.isEmpty() ? tr("Visit on an unknown date") : tr("Visit on %1").arg(media::dicomDateInWords(study.date));
    return study.description.isEmpty() ? when : tr("%1: %2").arg(when, study.description);
}

QString DiscTreeModel::seriesLabel(const media::SeriesEntry& series)
{
    const int frames = series.frameCount();
    const int files = int(series.instances.size());
    const QString count = frames > 0 ? tr("%n picture(s)", nullptr, frames) : tr("%n file(s)", nullptr, files);
    return media::seriesInWords(series.modality, series.description) + QLatin1Char('\n') + count;
}

void DiscTreeModel::setPatients(const QList<media::PatientEntry>& patients)
{
    clear();
    setHorizontalHeaderLabels({tr("On this disc")});
    for (const media::PatientEntry& patient : patients) {
        auto* patientItem = new QStandardItem(patientLabel(patient));
        patientItem->setEditable(false);
        QFont bold = patientItem->font();
        bold.setBold(true);
        patientItem->setFont(bold);
        for (const media::StudyEntry& study : patient.studies) {
            auto* studyItem = new QStandardItem(studyLabel(study));
            studyItem->setEditable(false);
            for (const media::SeriesEntry& series : study.series) {
                auto* seriesItem = new QStandardItem(seriesLabel(series));
                seriesItem->setEditable(false);
                seriesItem->setData(series.uid, kSeriesUidRole);
                seriesItem->setToolTip(tr("Series number %1 · %2").arg(series.number).arg(series.modality));
                if (const auto it = m_thumbnails.constFind(series.uid); it != m_thumbnails.constEnd())
                    seriesItem->setIcon(*it);
                studyItem->appendRow(seriesItem);
            }
            patientItem->appendRow(studyItem);
        }
        appendRow(patientItem);
    }
}

void DiscTreeModel::setThumbnail(const QString& seriesUid, const QIcon& icon)
{
    m_thumbnails.insert(seriesUid, icon);
    const QModelIndex index = indexOfSeries(seriesUid);
    if (index.isValid())
        itemFromIndex(index)->setIcon(icon);
}

QModelIndex DiscTreeModel::indexOfSeries(const QString& seriesUid) const
{
    const QModelIndexList found = match(index(0, 0), kSeriesUidRole, seriesUid, 1,
                                        Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QModelIndex DiscTreeModel::largestSeries(const QList<media::PatientEntry>& patients) const
{
    QString best;
    int bestFrames = 0;
    for (const media::PatientEntry& p : patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                if (r.frameCount() > bestFrames) {
                    bestFrames = r.frameCount();
                    best = r.uid;
                }
    return best.isEmpty() ? QModelIndex() : indexOfSeries(best);
}

} // namespace scanshield::ui
