// The waiting room's page (src/intake/waitingRoom/waitingPage.ts): tries again by itself when the
// server said to, unless the citizen stops it; the countdown is shown, not announced every second.
;(function () {
  var form = document.querySelector('form[data-file-attente]')
  if (!form) return
  var button = form.querySelector('button[type=submit]')
  var text = form.querySelector('[data-consigne]')
  var left = Math.max(1, Number(form.getAttribute('data-secondes')) || 1)
  var timer = null
  var say = function (n) {
    text.textContent = 'Nouvel essai automatique dans ' + n + ' seconde' + (n > 1 ? 's' : '') + '. Si vous quittez cette page, votre place est perdue.'
  }
  var stop = document.createElement('button')
  stop.type = 'button'
  stop.textContent = 'Arrêter l’essai automatique'
  stop.addEventListener('click', function () {
    clearTimeout(timer)
    text.textContent = 'Essai automatique arrêté. Appuyez sur « Réessayer » quand vous le souhaitez.'
    stop.remove()
    button.focus()
  })
  button.insertAdjacentElement('afterend', stop)
  var tick = function () {
    if (left <= 0) {
      stop.disabled = true
      if (form.requestSubmit) form.requestSubmit(button)
      else button.click()
      return
    }
    say(left)
    left -= 1
    timer = setTimeout(tick, 1000)
  }
  tick()
})()
