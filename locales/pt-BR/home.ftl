# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = Sequência: { $days ->
        [0] { $days } dias
        [one] { $days } dia
       *[other] { $days } dias
    }
# The gear button's name, for screen readers.
topbar-settings = Configurações

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = Pacote de hoje · { $part }
eyebrow-your-routine = Sua rotina
eyebrow-another-pack = Outro pacote
# A small note on a pack this language shows in English.
pack-in-english = Este pacote é exibido em inglês.
pack-another = Outro pacote
pack-browse = Ver todos os pacotes
pack-back-to-today = Voltar ao pacote de hoje

# The facts under the title.
fact-length = Duração
fact-quick = Movimento rápido
fact-positions = Posições
fact-where = Onde
fact-best-time = Melhor horário
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count ->
        [one] { $count } exercício
       *[other] { $count } exercícios
    } · cerca de { $minutes } min de movimento
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = cerca de { $minutes } min · { $moves }, { $position }

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = Começar
quick-verb = Rápido
start-length = { " " }· { $minutes } min

# The pack's sections.
section-when = Quando recorrer a este pacote
# $count is the number of exercises.
section-exercises = Exercícios ({ $count })
section-why = Por que isso acontece
section-about = Sobre esta rotina
section-who = Para quem é
section-faq = Perguntas frequentes
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position } · { $seconds } s
exercise-facts-per-side = { $position } · { $seconds } s por lado

## Positions, places and times of day

position-sitting = sentado
position-standing = em pé
position-floor = no chão
# A pack's "Where".
where-desk = mesa
where-anywhere = qualquer lugar
where-standing-desk = mesa para trabalhar em pé
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = manhã
part-of-day-mid = meio do dia
part-of-day-afternoon = tarde
part-of-day-evening = noite
time-of-day-any = qualquer horário

## The demo

demo-watch = Ver a demonstração
demo-video = Ver o vídeo do Wakeout desta rotina
# After the video link (note the space at the start).
demo-video-hint = { " " }(abre em uma nova aba)
# The demo's name for screen readers; $pack is the pack's title.
demo-label = Demonstração de { $pack }
demo-close = Fechar demonstração
demo-pause = Pausar demonstração
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = { " " }· { $index } de { $count }
demo-count-side = { " " }· { $side ->
        [right] lado direito
       *[left] lado esquerdo
    } · { $index } de { $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name }: { $action }

## Before you start

safety-title = Antes de começar
health-title = Consulte antes um profissional de saúde
health-lead = Estes movimentos são para a rigidez do dia a dia causada por ficar sentado. Peça orientação antes de começar se você tiver:
health-sign-pain = dor forte, que está piorando ou se espalhando, por exemplo descendo por um braço ou uma perna;
health-sign-numbness = dormência, formigamento ou fraqueza em um braço ou uma perna;
health-sign-urgent = dormência ao redor da virilha ou das nádegas, ou um problema novo com a bexiga ou o intestino: procure atendimento de urgência;
health-sign-fever = febre, perda de peso que você não consegue explicar ou histórico de câncer;
health-sign-injury = uma lesão, queda ou cirurgia recente;
health-sign-pregnancy = gravidez ou osteoporose: pergunte quais movimentos são adequados para você.
health-closing = Movimente-se dentro do que for confortável. Pare se um movimento causar dor aguda, tontura ou dor no peito.

## The check-in (on the pack card and the completion screen)

checkin-question-back = Como estão suas costas agora?
checkin-question-neck-shoulders = Como estão seu pescoço e seus ombros agora?
checkin-question-eyes = Como estão seus olhos agora?
checkin-question-wrists = Como estão seus punhos e suas mãos agora?
checkin-question-hips = Como está seu quadril agora?
checkin-question-energy = Como está sua energia agora?
checkin-question-tension = Quanta tensão você sente agora?
# The words for 1 and 5 on the scale.
# (pt-BR: neutral words, since the body parts and the user differ in gender.)
checkin-sore = com dor
checkin-strained = cansados
checkin-drained = sem energia
checkin-tense = muita tensão
checkin-fine = bem
checkin-alert = alerta
checkin-relaxed = calma
checkin-optional = (opcional)
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }, { $word }
checkin-ends = 1 = { $low }, 5 = { $high }

## The welcome card (the first tab after install)

welcome-title = Boas-vindas ao { -brand }
welcome-what = Cada nova aba sugere um pacote curto de exercícios para fazer na mesa; um clique inicia uma rotina guiada, e suas pausas formam uma sequência.
welcome-private = Funciona offline e com privacidade: tudo fica neste navegador, e nada é enviado para lugar nenhum.
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = Ele vai lembrar você de se mexer { $when }.
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
welcome-nudge-when = depois de { $full } sem se levantar, { $days }, das { $start } às { $end }
welcome-nudge-when-quick = com um movimento rápido depois de { $quick } e com o pacote completo depois de { $full } sem se levantar, { $days }, das { $start } às { $end }
welcome-days-every-day = todos os dias
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }–{ $last }
welcome-adjust = Ajustar lembretes
welcome-got-it = Entendi

## The streak panel

streak-title = Sequência de pausas
streak-current = Sequência atual
streak-best = Melhor sequência
streak-today = Hoje
streak-all-time = Total
streak-time-moved = Tempo em movimento
streak-days = { $count ->
        [0] { $count } dias
        [one] { $count } dia
       *[other] { $count } dias
    }
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = { $count } de { $goal ->
        [one] { $goal } pausa
       *[other] { $goal } pausas
    }
streak-breaks = { $count ->
        [0] { $count } pausas
        [one] { $count } pausa
       *[other] { $count } pausas
    }
# $time is a duration such as "3 min 20 s".
streak-quick-today = Movimentos rápidos hoje: { $time } (cada { $minutes } min contam como uma pausa)
streak-goal-met = A meta de hoje foi cumprida.
streak-week = Sua semana

## The heatmap

heatmap-title = Últimas 12 semanas
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = Hoje, { $date }
heatmap-breaks = { $count ->
        [0] nenhuma pausa
        [one] { $count } pausa
       *[other] { $count } pausas
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }, meta cumprida
heatmap-day-off = { $breaks }, dia de folga
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date }: { $count }
heatmap-fewer = Menos
heatmap-more = Mais
heatmap-key-today = Hoje
heatmap-key-day-off = Dia de folga

## Dates

weekday-mon = seg
weekday-tue = ter
weekday-wed = qua
weekday-thu = qui
weekday-fri = sex
weekday-sat = sáb
weekday-sun = dom
month-jan = jan
month-feb = fev
month-mar = mar
month-apr = abr
month-may = mai
month-jun = jun
month-jul = jul
month-aug = ago
month-sep = set
month-oct = out
month-nov = nov
month-dec = dez
# "Wed 25 Nov 2026": $weekday and $month are the short names above, $day a number, $year the
# year as written (never grouped like a number).
date-day = { $weekday }, { $day } de { $month } de { $year }
# "14:05, Wed 25 Nov".
date-time-day = { $time }, { $weekday }, { $day } de { $month }
