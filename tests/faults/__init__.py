"""Fault tests: Redis killed and restarted under the running service, the Redis master killed and
a replica promoted by Sentinel, workers killed or stopped mid-event, upstream and Send API
failures, the store blinking at the worst moments."""
