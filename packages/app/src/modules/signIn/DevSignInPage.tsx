import { useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import {
  SignInPageProps,
  useApi,
  configApiRef,
} from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { DevUser, readDevUsers } from './devUsers';
import {
  forgetDevUser,
  rememberDevUser,
  rememberedDevUser,
} from './devUserStorage';

/** Must match the backend module's provider id and header. */
const PROVIDER_ID = 'spbeDev';
const USER_HEADER = 'x-spbe-dev-user';

/**
 * Development sign-in: pick a demo user (architect, coordinator, agency
 * developer, leadership) and act as that user; the backend provider resolves
 * the user's groups so permissions are the real ones. Signing out forgets the
 * choice so another user can be picked.
 */
export function DevSignInPage(props: SignInPageProps) {
  const config = useApi(configApiRef);
  const users = readDevUsers(config);
  const [selected, setSelected] = useState<string | undefined>(() =>
    rememberedDevUser(),
  );

  if (selected) {
    return (
      <ProxiedSignInPage
        {...props}
        provider={PROVIDER_ID}
        headers={{ [USER_HEADER]: selected }}
        onSignInSuccess={identity => {
          props.onSignInSuccess({
            ...identity,
            getProfileInfo: () => identity.getProfileInfo(),
            getBackstageIdentity: () => identity.getBackstageIdentity(),
            getCredentials: () => identity.getCredentials(),
            signOut: async () => {
              forgetDevUser();
              await identity.signOut();
            },
          });
        }}
        ErrorComponent={({ error }) => (
          <Page themeId="home">
            <Content>
              <InfoCard title="Gagal masuk">
                <Typography paragraph>
                  Pengguna demo "{selected}" tidak dapat masuk: {error?.message}
                </Typography>
                <Button
                  variant="contained"
                  color="primary"
                  onClick={() => {
                    forgetDevUser();
                    setSelected(undefined);
                  }}
                >
                  Pilih pengguna lain
                </Button>
              </InfoCard>
            </Content>
          </Page>
        )}
      />
    );
  }

  return (
    <Page themeId="home">
      <Header
        title="Portal Guna Ulang SPBE"
        subtitle="Masuk (lingkungan pengembangan)"
      />
      <Content>
        <InfoCard title="Masuk sebagai pengguna demo">
          <Typography paragraph>
            Pilih peran yang ingin diuji. Hak akses mengikuti keanggotaan grup
            pengguna di katalog.
          </Typography>
          <List aria-label="Pengguna demo">
            {users.map((user: DevUser) => (
              <ListItem
                key={user.name}
                button
                onClick={() => {
                  rememberDevUser(user.name);
                  setSelected(user.name);
                }}
                data-testid={`dev-user-${user.name}`}
              >
                <ListItemText primary={user.title} secondary={user.role} />
              </ListItem>
            ))}
          </List>
        </InfoCard>
      </Content>
    </Page>
  );
}
