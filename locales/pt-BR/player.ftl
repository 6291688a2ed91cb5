# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = Movimento rápido · { $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index } de { $count } · faltam { $time }
player-progress-label = Progresso da rotina
player-time-left-label = Tempo restante neste exercício
player-paused = Pausado
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = lado esquerdo
player-side-right = troque de lado
player-previous = Anterior
player-pause = Pausar
player-resume = Continuar
player-next = Próximo
player-end = Encerrar rotina
player-keys = Teclas: Espaço pausa · ← anterior · → próximo · Esc encerra
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = Exercício { $index } de { $count }: { $name }
player-announce-side = Exercício { $index } de { $count }: { $name }, { $side }

## The completion screen

done-saved = Pausa concluída — bom trabalho!
done-saving = Salvando sua pausa…
done-not-saved = Pausa concluída, mas não salva
done-finished = Rotina concluída
done-ended = Rotina encerrada
done-counts = Esta pausa conta para a sua sequência.
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = Este movimento rápido conta para a sua sequência pelos minutos: { $time } de movimentos rápidos hoje.
# $moved is a duration such as "40 s".
done-not-counted = Esta não conta: uma pausa precisa de pelo menos um minuto de movimento até o fim da rotina (você se movimentou por { $moved }).
# The streak rule, under the verdict.
streak-rule = Um pacote completo conta como uma pausa para a sua meta diária; movimentos rápidos contam pelos minutos: cada { $minutes } minutos de movimentos rápidos contam como uma pausa.
done-back = Voltar para minha nova aba
done-time-moved = Tempo em movimento
done-exercises = Exercícios feitos
# "5 of 16".
done-exercises-count = { $done } de { $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = Esta pausa ainda não foi contada: não foi possível salvá-la. { $error }
not-saved-hint-full = Exporte só esta pausa para guardá-la e salve-a de novo quando houver espaço (ou importe o arquivo depois).
not-saved-hint = Tente salvá-la de novo daqui a pouco — ou exporte só esta pausa e importe-a depois.
not-saved-retry = Salvar esta pausa de novo
not-saved-export = Exportar esta pausa
