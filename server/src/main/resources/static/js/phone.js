// The consultant's browser phone: registers while the page is open (an event stream), rings,
// answers with WebRTC (the engine offers, the page answers), holds, mutes, sends DTMF (RFC 4733
// through RTCDTMFSender), follows volume and device choices, and shows network quality from getStats.
(function () {
  'use strict';
  var panel = document.getElementById('phone');
  if (!panel) { return; }
  var base = panel.dataset.base;
  var csrfHeader = panel.dataset.csrfHeader;
  var csrf = panel.dataset.csrf;
  var $ = function (id) { return document.getElementById(id); };
  var statusLine = $('phone-status');
  var callerLine = $('phone-caller');
  var audio = $('phone-audio');
  var buttons = { answer: $('phone-answer'), hangup: $('phone-hangup'), hold: $('phone-hold'), mute: $('phone-mute') };
  var keys = panel.querySelectorAll('.phone-key');
  var events = null;
  var call = null;           // { id, caller, sdp, pc, stream, held, muted }
  var statsTimer = null;

  function say(key) { statusLine.textContent = panel.dataset['msg' + key]; panel.dataset.state = key.toLowerCase(); }

  function post(path, body) {
    var headers = {};
    headers[csrfHeader] = csrf;
    if (body !== undefined) { headers['Content-Type'] = 'text/plain'; }
    return fetch(base + path, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r; });
  }

  function controls() {
    var up = call && call.pc;
    buttons.answer.disabled = !(call && !call.pc);
    buttons.hangup.disabled = !call;
    buttons.hold.disabled = !up;
    buttons.mute.disabled = !up;
    keys.forEach(function (k) { k.disabled = !up; });
    buttons.hold.setAttribute('aria-pressed', String(!!(call && call.held)));
    buttons.mute.setAttribute('aria-pressed', String(!!(call && call.muted)));
  }

  function register() {
    if (events) { return; }
    events = new EventSource(base + '/events');
    events.addEventListener('registered', function () { if (!call) { say('Idle'); } });
    events.onerror = function () { if (events && events.readyState === EventSource.CLOSED) { say('Failed'); events = null; } };
    events.addEventListener('ring', function (e) {
      var data = JSON.parse(e.data);
      call = { id: data.id, caller: data.caller, sdp: data.sdp };
      callerLine.hidden = false;
      callerLine.textContent = data.caller;
      say('Ringing');  // announced by the status line; focus stays where the consultant works
      controls();
    });
    // another page of ours took over, or the SIP phone was chosen elsewhere: stay off, do not reconnect
    events.addEventListener('dismissed', function (e) {
      var reason = JSON.parse(e.data).reason;
      events.close();
      events = null;
      finish();
      if (reason === 'unregistered') {
        panel.querySelector('input[name="phone-choice"][value="SIP"]').checked = true;
        say('Off');
      } else {
        say('Replaced');
      }
    });
    events.addEventListener('ended', function (e) {
      var data = JSON.parse(e.data);
      if (call && call.id === data.id) { finish(); }
    });
  }

  function unregister() {
    if (events) { events.close(); events = null; }
    finish();
    say('Off');
  }

  function microphone() {
    var chosen = $('phone-microphone').value;
    return navigator.mediaDevices.getUserMedia({ audio: chosen ? { deviceId: { exact: chosen } } : true });
  }

  function answer() {
    if (!call || call.pc) { return; }
    var current = call;
    var pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' });
    current.pc = pc;
    pc.ontrack = function (e) {
      audio.srcObject = e.streams && e.streams[0] ? e.streams[0] : new MediaStream([e.track]);
      window.phoneRemoteStream = audio.srcObject; // for the page's own analysers (and the browser test)
    };
    pc.onconnectionstatechange = function () {
      // no media path (ICE or DTLS failed): hang up rather than leave the citizen in silence
      if (pc.connectionState === 'failed' && call === current) { hangup(); say('Failed'); }
    };
    microphone().then(function (stream) {
      current.stream = stream;
      return pc.setRemoteDescription({ type: 'offer', sdp: current.sdp }).then(function () {
        stream.getAudioTracks().forEach(function (t) { pc.addTrack(t, stream); });
        var transceiver = pc.getTransceivers()[0];
        if (transceiver) { transceiver.direction = 'sendrecv'; }
        return pc.createAnswer();
      });
    }).then(function (desc) {
      return pc.setLocalDescription(desc);
    }).then(function () {
      return post('/calls/' + current.id + '/answer', pc.localDescription.sdp);
    }).then(function () {
      say('Talking');
      controls();
      statsTimer = setInterval(quality, 2000);
      listDevices();
    }).catch(function () { say('Failed'); finish(); });
    controls();
  }

  function hangup() {
    if (!call) { return; }
    var id = call.id;
    var ringing = !call.pc;
    finish();
    post('/calls/' + id + (ringing ? '/decline' : '/hangup')).catch(function () { /* already gone */ });
  }

  function finish() {
    if (!call) { return; }
    if (call.pc) { call.pc.close(); }
    if (call.stream) { call.stream.getTracks().forEach(function (t) { t.stop(); }); }
    clearInterval(statsTimer);
    call = null;
    audio.srcObject = null;
    callerLine.hidden = true;
    $('phone-quality').textContent = '–';
    say(events ? 'Ended' : 'Off');
    controls();
  }

  function hold() {
    if (!call || !call.pc) { return; }
    var held = !call.held;
    post('/calls/' + call.id + (held ? '/hold' : '/unhold')).then(function () {
      call.held = held;
      // the citizen hears neither the consultant nor their room while held
      call.stream.getAudioTracks().forEach(function (t) { t.enabled = !held && !call.muted; });
      say(held ? 'Held' : 'Talking');
      controls();
    }).catch(function () { say('Failed'); });
  }

  function mute() {
    if (!call || !call.stream) { return; }
    call.muted = !call.muted;
    call.stream.getAudioTracks().forEach(function (t) { t.enabled = !call.muted && !call.held; });
    controls();
  }

  function dtmf(key) {
    if (!call || !call.pc) { return; }
    var sender = call.pc.getSenders().find(function (s) { return s.dtmf; });
    if (sender) { sender.dtmf.insertDTMF(key, 100, 70); }
  }

  // packet loss and round trip from getStats: good, fair or poor
  function quality() {
    if (!call || !call.pc) { return; }
    call.pc.getStats().then(function (report) {
      var lost = 0, received = 0, rtt = 0;
      report.forEach(function (s) {
        if (s.type === 'inbound-rtp' && s.kind === 'audio') { lost = s.packetsLost || 0; received = s.packetsReceived || 0; }
        if (s.type === 'candidate-pair' && s.nominated && s.currentRoundTripTime) { rtt = s.currentRoundTripTime; }
      });
      var loss = received + lost > 0 ? lost / (received + lost) : 0;
      var level = loss > 0.05 || rtt > 0.4 ? 'Poor' : loss > 0.01 || rtt > 0.2 ? 'Fair' : 'Good';
      var output = $('phone-quality');
      output.textContent = panel.dataset['msgQuality' + level];
      output.dataset.level = level.toLowerCase();
    });
  }

  function listDevices() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.enumerateDevices) { return; }
    navigator.mediaDevices.enumerateDevices().then(function (devices) {
      fill($('phone-microphone'), devices.filter(function (d) { return d.kind === 'audioinput'; }));
      fill($('phone-speaker'), devices.filter(function (d) { return d.kind === 'audiooutput'; }));
    });
  }

  function fill(select, devices) {
    var chosen = select.value;
    select.textContent = '';
    devices.forEach(function (d, i) {
      var option = document.createElement('option');
      option.value = d.deviceId;
      option.textContent = d.label || (d.kind + ' ' + (i + 1));
      select.appendChild(option);
    });
    if (chosen) { select.value = chosen; }
  }

  function choose(value) {
    post('/choice?phone=' + encodeURIComponent(value)).then(function () {
      if (value === 'BROWSER') { register(); } else { unregister(); }
    }).catch(function () { say('Failed'); });
  }

  buttons.answer.addEventListener('click', answer);
  buttons.hangup.addEventListener('click', hangup);
  buttons.hold.addEventListener('click', hold);
  buttons.mute.addEventListener('click', mute);
  keys.forEach(function (k) { k.addEventListener('click', function () { dtmf(k.dataset.key); }); });
  $('phone-volume').addEventListener('input', function (e) { audio.volume = Number(e.target.value); });
  $('phone-speaker').addEventListener('change', function (e) {
    if (audio.setSinkId) { audio.setSinkId(e.target.value); }
  });
  $('phone-microphone').addEventListener('change', function () {
    if (!call || !call.pc) { return; }
    microphone().then(function (stream) {
      var track = stream.getAudioTracks()[0];
      var sender = call.pc.getSenders().find(function (s) { return s.track && s.track.kind === 'audio'; });
      if (sender) { sender.replaceTrack(track); }
      call.stream.getTracks().forEach(function (t) { t.stop(); });
      call.stream = stream;
      track.enabled = !call.muted;
    });
  });
  // Alt+Shift+O answers, Alt+Shift+M mutes, beside the desk's own Alt+Shift shortcuts
  document.addEventListener('keydown', function (event) {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) { return; }
    var key = event.key.toUpperCase();
    if (key === 'O' && !buttons.answer.disabled) { event.preventDefault(); answer(); }
    if (key === 'M' && !buttons.mute.disabled) { event.preventDefault(); mute(); }
  });
  panel.querySelectorAll('input[name="phone-choice"]').forEach(function (radio) {
    radio.addEventListener('change', function () { if (radio.checked) { choose(radio.value); } });
  });

  fetch(base + '/choice', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (c) {
    var radio = panel.querySelector('input[name="phone-choice"][value="' + c.phone + '"]');
    if (radio) { radio.checked = true; }
    if (c.phone === 'BROWSER') { register(); }
    listDevices();
  });
  controls();
}());
