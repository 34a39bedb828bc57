"""What a company offers a customer: a refund, a delivery, a booking, a repair.

Refusing one of these refuses the customer (lingo/pipeline/context.py, `service`), and
naming one after a "no" can be the way forward (lingo/pipeline/way_forward.py).
"""

# What a company offers or does for a customer: refusing it refuses the customer.
OFFERS = frozenset(
    """refund refunds return returns voucher vouchers coupon coupons discount discounts offer offers
    promotion promotions delivery deliveries shipping postage warranty warranties guarantee
    compensation reimbursement cancellation cancellations booking bookings reservation
    reservations appointment appointments exception exceptions replacement replacements repair
    repairs rebate rebates stock giftcard gift-card deal deals promo fee fees membership
    memberships subscription subscriptions claim claims purchase purchases withdrawal withdrawals
    deposit deposits payment payments price prices fare fares charges penalties fines""".split()
)
