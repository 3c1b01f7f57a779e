#!/bin/bash
# Healthy when the broker has started (not merely when its Erlang node answers) and accepts AMQP connections.
set -euo pipefail
(exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null
exec timeout 10 /opt/rabbitmq/sbin/rabbitmqctl -q await_startup
