package io.partnerportal.core.portal;

import io.partnerportal.core.application.CancelSubscription;
import io.partnerportal.core.application.ContactChanges;
import io.partnerportal.core.domain.notification.NotificationType;
import java.util.Set;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.SubscriptionView;
import java.util.List;
import java.util.Optional;

/** The customer portal's port (SPEC §5.3): each operation is one use case. */
public final class CustomerPortalService implements CustomerPortal {
    private final PortalList list;
    private final PortalDetails pages;
    private final CancelSubscription cancellations;
    private final SetUpSubscription setUps;
    private final ContactChanges contacts;
    private final Profiles profiles;
    private final EmailLog emails;

    /** The use cases behind the port. */
    public record UseCases(PortalList list, PortalDetails pages, CancelSubscription cancellations, SetUpSubscription setUps,
                    ContactChanges contacts, Profiles profiles, EmailLog emails) {
    }

    public CustomerPortalService(UseCases u) {
        this.list = u.list();
        this.pages = u.pages();
        this.cancellations = u.cancellations();
        this.setUps = u.setUps();
        this.contacts = u.contacts();
        this.profiles = u.profiles();
        this.emails = u.emails();
    }

    @Override
    public Page<Row> list(ListSubscriptions command) {
        return list.list(command);
    }

    @Override
    public ListSummary summary(ListSubscriptions command) {
        return list.summary(command);
    }

    @Override
    public Details details(ViewSubscription command) {
        return pages.details(command);
    }

    @Override
    public CancellationResult previewCancellation(Cancel command) {
        return cancellations.byContact(command, true);
    }

    @Override
    public CancellationResult cancel(Cancel command) {
        return cancellations.byContact(command, false);
    }

    @Override
    public SubscriptionView withdrawCancellation(ViewSubscription command) {
        return cancellations.withdrawByContact(command);
    }

    @Override
    public SetUpOptions setUpOptions(ViewSubscription command) {
        return setUps.options(command);
    }

    @Override
    public SubscriptionView setUp(SetUp command) {
        return setUps.setUp(command);
    }

    @Override
    public Contacts contacts(ViewSubscription command) {
        return pages.contacts(command);
    }

    @Override
    public SubscriptionView addContact(AddContact command) {
        return contacts.add(command);
    }

    @Override
    public Optional<SubscriptionView> removeContact(RemoveContact command) {
        return contacts.remove(command);
    }

    @Override
    public List<Details> apps(ViewSubscription command) {
        return pages.apps(command);
    }

    @Override
    public Page<HistoryItem> history(ViewHistory command) {
        return pages.history(command);
    }

    @Override
    public Profile profile(PersonId viewer) {
        return profiles.profile(viewer);
    }

    @Override
    public Profile updateProfile(UpdateProfile command) {
        return profiles.update(command);
    }

    @Override
    public Set<NotificationType> preferences(PersonId viewer) {
        return profiles.preferences(viewer);
    }

    @Override
    public Set<NotificationType> updatePreferences(UpdatePreferences command) {
        return profiles.updatePreferences(command);
    }

    @Override
    public UnsubscribeTarget unsubscribeTarget(String token) {
        return profiles.unsubscribeTarget(token);
    }

    @Override
    public UnsubscribeTarget unsubscribe(String token) {
        return profiles.unsubscribe(token);
    }

    @Override
    public Page<SentEmail> emails(ListEmails command) {
        return emails.page(command);
    }
}
