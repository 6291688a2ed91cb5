# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = Votre semaine

## The chart of minutes moved

week-chart-title = Minutes de mouvement par jour
# Under the last bar, and in the table's last row.
week-today = Aujourd'hui
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day } : { $minutes } min
# Between two days of the chart's description.
week-chart-day-separator =  ;{ " " }
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }. Total : { $total } min.

## The table of breaks and sitting

week-table-caption = Pauses et position assise par jour
week-table-day = Jour
# Breaks of the full pack.
week-table-full = Complètes
# Quick moves.
week-table-quick = Rapides
week-table-longest = Plus longue période assise
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = aucune donnée
week-under-a-minute = moins de 1 min

## Nudges and the check-in trend

week-nudges-title = Rappels cette semaine
week-nudges = { $answered ->
        [one] { $answered } suivi
       *[other] { $answered } suivis
    }, { $snoozed ->
        [one] { $snoozed } reporté
       *[other] { $snoozed } reportés
    }, { $ignored ->
        [one] { $ignored } ignoré
       *[other] { $ignored } ignorés
    }.
week-no-nudges = Aucun rappel cette semaine.
week-no-data-yet = Pas encore de données : le minuteur de position assise enregistre les rappels et les périodes assises à partir de maintenant.
week-feelings-title = Votre ressenti
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = Au cours des { $days } derniers jours, vos propres notes étaient en moyenne de { $before } avant une pause et de { $after } après ({ $pairs } pauses avec les deux ressentis).
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = La tendance de votre ressenti apparaîtra dès que { $needed } pauses des { $days } derniers jours auront une note avant et une note après ({ $pairs } pour l'instant).
week-trend-note = Il s'agit de vos propres notes, sur une échelle de 1 à 5, de votre ressenti avant et après ; ce n'est pas une mesure médicale.
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole },{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month. French writes the first of the
# month "1er".
date-day-month = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
